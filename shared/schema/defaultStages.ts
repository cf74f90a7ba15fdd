/** The stages a new vault starts with, in board order. */
export const defaultStages = [
  { name: 'Connected', colour: '#868e96' },
  { name: 'Reached out', colour: '#228be6' },
  { name: 'In conversation', colour: '#7950f2' },
  { name: 'Collaborating', colour: '#12b886' },
  { name: 'Champion', colour: '#f59f00' },
] as const
