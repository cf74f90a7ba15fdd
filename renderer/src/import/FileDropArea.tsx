import { Button, Text } from '@mantine/core'
import { useRef, useState, type DragEvent } from 'react'
import classes from './FileDropArea.module.css'

/** What the file picker offers: the supported extensions and their MIME types. */
export const acceptedFiles = '.csv,.vcf,.json,text/csv,text/vcard'

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files')

/**
 * A large area to drop a file on, or to click (or press Enter or Space on) to choose one.
 * Native drag-and-drop: `@mantine/dropzone` pins an older @mantine/core than ours.
 */
export const FileDropArea = ({ onFile }: { onFile: (file: File) => void }) => {
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const choose = () => input.current?.click()
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file) onFile(file)
  }
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    setOver(true)
  }
  return (
    <>
      <button
        type="button"
        className={classes.area}
        aria-label="Choose a file to import"
        data-over={over || undefined}
        onClick={choose}
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <Text fw={600} size="lg">
          Drop a file here
        </Text>
        <Text size="sm" c="dimmed">
          LinkedIn Connections.csv, Google Contacts CSV, vCard (.vcf) or a Rapport JSON export
        </Text>
        <Button component="span" variant="light" mt="sm" tabIndex={-1}>
          Choose file
        </Button>
      </button>
      <input
        ref={input}
        type="file"
        accept={acceptedFiles}
        className={classes.hidden}
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          event.currentTarget.value = ''
          if (file) onFile(file)
        }}
      />
    </>
  )
}
