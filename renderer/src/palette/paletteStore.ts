import { createSpotlight } from '@mantine/spotlight'

/** The command palette's own Spotlight store, and its open, close and toggle. */
export const [paletteStore, palette] = createSpotlight()
