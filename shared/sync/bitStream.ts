/** Writes numbers of a few bits each, most significant bit first, into a growing list of bits. */
export class BitWriter {
  readonly bits: number[] = []

  /** Appends the low `width` bits of `value` (width at most 32). */
  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2)
  }

  /** Appends every bit of `bytes`. */
  writeBytes(bytes: Uint8Array): void {
    for (const byte of bytes) this.write(byte, 8)
  }
}

/** Reads back what a {@link BitWriter} wrote; reading past the end throws a RangeError. */
export class BitReader {
  private position = 0

  constructor(private readonly bits: readonly number[]) {}

  /** Bits not read yet. */
  get remaining(): number {
    return this.bits.length - this.position
  }

  /** The next `width` bits as an unsigned number (width at most 32). */
  read(width: number): number {
    if (width > this.remaining) throw new RangeError('read past the end of the bits')
    let value = 0
    for (let i = 0; i < width; i++) value = value * 2 + this.bits[this.position++]
    return value
  }

  /** The next `length` bytes. */
  readBytes(length: number): Uint8Array {
    return Uint8Array.from({ length }, () => this.read(8))
  }
}

/** The bits of some bytes, most significant first. */
export const bitsOf = (bytes: Uint8Array): number[] => {
  const writer = new BitWriter()
  writer.writeBytes(bytes)
  return writer.bits
}

/** Bytes from a list of bits whose length is a multiple of 8. */
export const bytesOf = (bits: readonly number[]): Uint8Array => new BitReader(bits).readBytes(bits.length / 8)
