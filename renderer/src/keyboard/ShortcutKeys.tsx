import { Group, Kbd, Text } from '@mantine/core'
import { Fragment } from 'react'
import type { Shortcut } from './shortcuts'

const Joiner = ({ children }: { children: string }) => (
  <Text span size="xs" c="dimmed">
    {children}
  </Text>
)

/** A shortcut's keys as key caps: "Alt + → or ]". */
export const ShortcutKeys = ({ shortcut, size = 'sm' }: { shortcut: Pick<Shortcut, 'keys'>; size?: 'xs' | 'sm' }) => (
  <Group gap={4} wrap="nowrap" style={{ flex: 'none' }} data-shortcut-keys>
    {shortcut.keys.map((combo, i) => (
      <Fragment key={combo.join('+')}>
        {i > 0 && <Joiner>or</Joiner>}
        {combo.map((key, j) => (
          <Fragment key={key}>
            {j > 0 && <Joiner>+</Joiner>}
            <Kbd size={size} style={{ whiteSpace: 'nowrap' }}>
              {key}
            </Kbd>
          </Fragment>
        ))}
      </Fragment>
    ))}
  </Group>
)
