import { ActionIcon, Group, Text, Tooltip } from '@mantine/core'
import { useClipboard } from '@mantine/hooks'
import { CheckIcon, CopyIcon } from './deviceIcons'
import { pairingCodeGroups } from './pairingCodeGroups'
import classes from './DevicesView.module.css'

/** A pairing code in large monospace groups of four, with a button that copies it as the core gave it. */
export const PairingCode = ({ code, dimmed }: { code: string; dimmed: boolean }) => {
  const clipboard = useClipboard({ timeout: 2000 })
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Text
        className={classes.code}
        data-dimmed={dimmed || undefined}
        aria-label={`Pairing code ${pairingCodeGroups(code).join(' ')}`}
        data-testid="pairing-code"
      >
        {pairingCodeGroups(code).map((group, i) => (
          <span key={i} className={classes.codeGroup}>
            {group}
          </span>
        ))}
      </Text>
      <Tooltip label={clipboard.copied ? 'Copied' : 'Copy the code'} withArrow>
        <ActionIcon
          variant="light"
          size="lg"
          aria-label="Copy the code"
          color={clipboard.copied ? 'teal' : undefined}
          disabled={dimmed}
          onClick={() => clipboard.copy(code)}
        >
          {clipboard.copied ? <CheckIcon /> : <CopyIcon />}
        </ActionIcon>
      </Tooltip>
    </Group>
  )
}
