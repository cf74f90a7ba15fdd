// Draws the tray icons into resources/: run with `npx tsx resources/makeTrayIcons.ts`. The PNGs are committed.
import fs from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'

type Rgba = [number, number, number, number]
/** A shape in a 64-unit square, and how it paints: a colour, or `clear` to cut through what lies under it. */
type Layer = { inside: (x: number, y: number) => boolean; paint: Rgba | 'clear' }

const roundedRect =
  (left: number, top: number, width: number, height: number, radius: number) => (x: number, y: number) => {
    const dx = Math.max(left + radius - x, 0, x - (left + width - radius))
    const dy = Math.max(top + radius - y, 0, y - (top + height - radius))
    return x >= left && x <= left + width && y >= top && y <= top + height && dx * dx + dy * dy <= radius * radius
  }
const circle = (cx: number, cy: number, r: number) => (x: number, y: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r

const black: Rgba = [0, 0, 0, 255]
const white: Rgba = [255, 255, 255, 255]
const blue: Rgba = [0x22, 0x8b, 0xe6, 255]
const red: Rgba = [0xfa, 0x52, 0x52, 255]

/** The board: three columns of cards, three, two and one, as in the app icon. */
const cards = (
  left: number,
  top: number,
  width: number,
  height: number,
  step: number,
): Array<(x: number, y: number) => boolean> =>
  [3, 2, 1].flatMap((count, column) =>
    Array.from({ length: count }, (_, row) =>
      roundedRect(left + column * step, top + row * step, width, height, width / 5),
    ),
  )

// A monochrome board for macOS's menu bar (a template image: only its alpha counts).
const template: Layer[] = cards(2, 5, 18, 14, 22).map((inside) => ({ inside, paint: black }))
// A coloured one for Windows and Linux: the app icon itself.
const colour: Layer[] = [
  { inside: roundedRect(0, 0, 64, 64, 14), paint: blue },
  ...cards(9, 12, 13, 11, 16.5).map((inside) => ({ inside, paint: white })),
]
/** The "someone is due" variant: a red dot at the top right, cut clear of what is under it. */
const withDot = (layers: Layer[], dot: Rgba): Layer[] => [
  ...layers,
  { inside: circle(51, 13, 15), paint: 'clear' },
  { inside: circle(51, 13, 11), paint: dot },
]

const samples = 4

/** Renders layers at a size, each pixel averaged over 4 × 4 samples. */
const render = (layers: Layer[], size: number): Buffer => {
  const png = new PNG({ width: size, height: size })
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0]
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = ((px + (sx + 0.5) / samples) * 64) / size
          const y = ((py + (sy + 0.5) / samples) * 64) / size
          let pixel: Rgba = [0, 0, 0, 0]
          for (const layer of layers)
            if (layer.inside(x, y)) pixel = layer.paint === 'clear' ? [0, 0, 0, 0] : layer.paint
          // Colours are summed weighted by alpha, so edges do not darken.
          for (let c = 0; c < 3; c += 1) sum[c] += pixel[c] * pixel[3]
          sum[3] += pixel[3]
        }
      }
      const at = (py * size + px) * 4
      for (let c = 0; c < 3; c += 1) png.data[at + c] = sum[3] === 0 ? 0 : Math.round(sum[c] / sum[3])
      png.data[at + 3] = Math.round(sum[3] / (samples * samples))
    }
  }
  return PNG.sync.write(png)
}

const icons: Record<string, [Layer[], number]> = {
  'trayTemplate.png': [template, 16],
  'trayTemplate@2x.png': [template, 32],
  'trayDueTemplate.png': [withDot(template, black), 16],
  'trayDueTemplate@2x.png': [withDot(template, black), 32],
  'tray16.png': [colour, 16],
  'tray32.png': [colour, 32],
  'trayDue16.png': [withDot(colour, red), 16],
  'trayDue32.png': [withDot(colour, red), 32],
}

const dir = import.meta.dirname
for (const [name, [layers, size]] of Object.entries(icons)) {
  fs.writeFileSync(path.join(dir, name), render(layers, size))
  process.stdout.write(`wrote resources/${name}\n`)
}
