import { Alert, Center, Stack, Text } from '@mantine/core'

/** Says, full page, why the UI cannot reach Rapport and what to do about it. */
export const ConnectionProblem = ({ message }: { message: string }) => (
  <Center h="100dvh" p="xl">
    <Alert color="red" title="Rapport is not connected" maw={520} role="alert">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
      </Stack>
    </Alert>
  </Center>
)
