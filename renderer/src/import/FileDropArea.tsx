import { Button, Text } from '@mantine/core'
import { useState } from 'react'
import { useDropzone, type FileRejection } from 'react-dropzone'
import classes from './FileDropArea.module.css'

/** What the file picker offers first: the usual extensions of the formats Rapport reads. */
export const acceptedFiles = '.csv,.vcf,.vcard,.json,.txt,text/csv,text/vcard,application/json,text/plain'

/** Why a drop was refused, in words. */
export const rejectionMessage = (rejections: readonly FileRejection[]): string =>
  rejections.length > 1 || rejections.some((r) => r.errors.some((e) => e.code === 'too-many-files'))
    ? 'Drop one file at a time.'
    : `${rejections[0]?.file.name ?? 'That file'} could not be read.`

/**
 * A large area to drop a file on, or to click (or press Enter or Space on) to choose one (react-dropzone). Any
 * file is taken: the format is found from its content, which says clearly when it is not one Rapport reads.
 */
export const FileDropArea = ({ onFile }: { onFile: (file: File) => void }) => {
  const [refused, setRefused] = useState<string | null>(null)
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    multiple: false,
    // Several files dropped at once are all refused: which one was meant is not for Rapport to guess.
    onDrop: ([file], rejections) => {
      if (rejections.length > 0 || !file) return setRefused(rejectionMessage(rejections))
      setRefused(null)
      onFile(file)
    },
  })
  return (
    <>
      <div
        {...getRootProps({
          role: 'button',
          'aria-label': 'Choose a file to import',
          'aria-describedby': refused ? 'file-drop-refused' : undefined,
          className: classes.area,
        })}
        data-over={isDragActive || undefined}
      >
        <input {...getInputProps({ accept: acceptedFiles })} data-testid="import-file-input" />
        <Text fw={600} size="lg">
          Drop a file here
        </Text>
        <Text size="sm" c="dimmed">
          LinkedIn Connections.csv, Google Contacts CSV, vCard (.vcf) or a Rapport JSON export
        </Text>
        <Button component="span" variant="light" mt="sm" tabIndex={-1}>
          Choose file
        </Button>
      </div>
      {refused && (
        <Text id="file-drop-refused" size="sm" c="red" role="alert">
          {refused}
        </Text>
      )}
    </>
  )
}
