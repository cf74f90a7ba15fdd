import type { Handlers } from '../../../shared/api/dispatcher'
import { RapportError } from '../../../shared/api/errors'
import type { CoreContext } from './CoreContext'

type HabitHandlers = Pick<Handlers, 'queue.list' | 'goals.progress' | 'insights.get'>

const notYet = async (): Promise<never> => {
  throw new RapportError('unavailable', 'This view is not available yet.')
}

/** The outreach habit's views: the week's queue, goal progress and insights, computed over the read model. */
export const habitHandlers = (ctx: CoreContext): HabitHandlers => {
  void ctx
  return { 'queue.list': notYet, 'goals.progress': notYet, 'insights.get': notYet }
}
