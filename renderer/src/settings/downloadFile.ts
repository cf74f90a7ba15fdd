/**
 * Saves `text` as a file named `name`, the way a browser downloads: a Blob, its object URL, and a click on an
 * `<a download>`. The URL is released once the click has been handled.
 */
export const downloadFile = (name: string, text: string, mimeType: string): void => {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
