/**
 * How one channel message travels as secret-stream messages. Secret-stream delivers each write as one message but
 * caps a write at 16 MiB, and a first sync of a large vault is bigger, so a message is cut into frames: one header
 * byte (`WHOLE`, or `PART` for every piece but the last, which is `LAST`), then at most {@link FRAME_PAYLOAD_BYTES}
 * of the CBOR encoding.
 */
const WHOLE = 0
const PART = 1
const LAST = 2

/** The largest payload of one frame (protocol constant: a peer refuses bigger frames). */
export const FRAME_PAYLOAD_BYTES = 1024 * 1024

/** The largest message a channel accepts by default, once its frames are put together. */
export const DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024 * 1024

/** The frames that carry one encoded message, in order. */
export const framesOf = (encoded: Uint8Array): Buffer[] => {
  if (encoded.byteLength <= FRAME_PAYLOAD_BYTES) return [withHeader(WHOLE, encoded)]
  const frames: Buffer[] = []
  for (let offset = 0; offset < encoded.byteLength; offset += FRAME_PAYLOAD_BYTES) {
    const end = Math.min(offset + FRAME_PAYLOAD_BYTES, encoded.byteLength)
    frames.push(withHeader(end === encoded.byteLength ? LAST : PART, encoded.subarray(offset, end)))
  }
  return frames
}

const withHeader = (kind: number, payload: Uint8Array): Buffer => {
  const frame = Buffer.allocUnsafe(payload.byteLength + 1)
  frame[0] = kind
  frame.set(payload, 1)
  return frame
}

/** Puts frames back together; `push` answers a whole encoded message, or null while one is still arriving. */
export class FrameAssembler {
  readonly #maxMessageBytes: number
  #parts: Uint8Array[] = []
  #partBytes = 0

  constructor(maxMessageBytes: number) {
    this.#maxMessageBytes = maxMessageBytes
  }

  /** @throws Error on a frame that breaks the framing rules; the channel must then be closed. */
  push(frame: Uint8Array): Uint8Array | null {
    const kind = frame[0]
    const payload = frame.subarray(1)
    if (payload.byteLength > FRAME_PAYLOAD_BYTES) throw new Error(`a frame of ${frame.byteLength} bytes is too large`)
    if (kind === WHOLE) {
      if (this.#parts.length > 0) throw new Error('a whole message arrived inside another one')
      return this.#checkSize(payload.byteLength) && payload
    }
    if (kind !== PART && kind !== LAST) throw new Error(`unknown frame kind ${kind}`)
    this.#checkSize(this.#partBytes + payload.byteLength)
    this.#parts.push(payload)
    this.#partBytes += payload.byteLength
    if (kind === PART) return null
    const whole = Buffer.concat(this.#parts, this.#partBytes)
    this.#parts = []
    this.#partBytes = 0
    return whole
  }

  /** True while part of a message has arrived and the rest has not. */
  get midMessage(): boolean {
    return this.#parts.length > 0
  }

  #checkSize(bytes: number): true {
    if (bytes > this.#maxMessageBytes) throw new Error(`a message over ${this.#maxMessageBytes} bytes`)
    return true
  }
}
