import { Paper } from '@mantine/core'
import { TextField } from '../fields/TextField'
import classes from '../ContactDrawer.module.css'

/** "What I can offer them": give-first notes, set apart because they are what networking runs on. */
export const OfferSection = () => (
  <Paper className={classes.offer} p="sm" radius="md">
    <TextField
      field="offer"
      label="What I can offer them"
      description="Give first: intros, advice, a resource they would value."
      placeholder="An intro to..., feedback on..., a link about..."
      multiline
      classNames={{ input: classes.offerInput }}
    />
  </Paper>
)
