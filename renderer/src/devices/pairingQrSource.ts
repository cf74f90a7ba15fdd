/**
 * The QR code's SVG markup (from our own core) as an image address: drawn by `<img>`, it can run no script and
 * reach nothing, unlike markup put into the page.
 */
export const pairingQrSource = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
