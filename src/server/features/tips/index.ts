import type { PublicTipInput } from '#shared/contracts/tips.js';
import { recordTip, type TipsContext } from './tips.service.js';

export { tipsRoutes } from './tips.routes.js';
export { canReadTip, tipsPolicy } from './tips.policy.js';
export { findTipScope } from './tips.repo.js';

/** Records a tip as the public form would (used by the demo seed). */
export function recordPublicTip(ctx: TipsContext, input: PublicTipInput) {
  return recordTip(ctx, null, { ...input, channel: 'web_form' });
}
