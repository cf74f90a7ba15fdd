/** "1 person to reach out to", "3 people to reach out to". */
export const peopleToReachOutTo = (count: number): string =>
  `${count} ${count === 1 ? 'person' : 'people'} to reach out to`
