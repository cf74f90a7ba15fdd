import { ColorPicker, Popover, Text, UnstyledButton } from '@mantine/core'
import type { Stage } from '../../../shared/domain'
import { stageSwatches } from './stageColours'
import { useStageCommands } from './useStageCommands'
import classes from './StageColourPicker.module.css'

type StageColourPickerProps = { stage: Stage; opened: boolean; onOpenedChange: (opened: boolean) => void }

/** The stage's colour dot; it opens a picker (swatches or any colour) that recolours the stage. */
export const StageColourPicker = ({ stage, opened, onOpenedChange }: StageColourPickerProps) => {
  const { recolour } = useStageCommands()
  const choose = (colour: string) => {
    if (colour.toLowerCase() !== stage.colour.toLowerCase()) void recolour(stage, colour)
  }
  return (
    <Popover opened={opened} onChange={onOpenedChange} position="bottom-start" shadow="md" trapFocus withinPortal>
      <Popover.Target>
        <UnstyledButton
          className={classes.dot}
          style={{ background: stage.colour }}
          aria-label={`Change colour: ${stage.name}`}
          onClick={() => onOpenedChange(!opened)}
        />
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="xs" fw={600} mb={6}>
          Colour of {stage.name}
        </Text>
        <ColorPicker
          format="hex"
          value={stage.colour}
          swatches={stageSwatches}
          swatchesPerRow={7}
          onChangeEnd={choose}
          saturationLabel="Saturation"
          hueLabel="Hue"
        />
      </Popover.Dropdown>
    </Popover>
  )
}
