import type {
  ReferralDeclineReason,
  ReferralStatus,
  ReferralUrgency,
} from '#shared/domain/referral-lifecycle.js';

export const REFERRAL_STATUS_KEYS = {
  sent: 'referralStatus.sent',
  accepted: 'referralStatus.accepted',
  declined: 'referralStatus.declined',
  in_progress: 'referralStatus.in_progress',
  completed: 'referralStatus.completed',
  cancelled: 'referralStatus.cancelled',
} as const satisfies Record<ReferralStatus, string>;

export const URGENCY_KEYS = {
  urgent: 'referralUrgency.urgent',
  normal: 'referralUrgency.normal',
} as const satisfies Record<ReferralUrgency, string>;

export const DECLINE_REASON_KEYS = {
  no_capacity: 'referralDecline.no_capacity',
  service_not_offered: 'referralDecline.service_not_offered',
  outside_service_area: 'referralDecline.outside_service_area',
  not_eligible: 'referralDecline.not_eligible',
  safety_concern: 'referralDecline.safety_concern',
  other: 'referralDecline.other',
} as const satisfies Record<ReferralDeclineReason, string>;

export const STATUS_COLORS: Record<ReferralStatus, string> = {
  sent: 'blue',
  accepted: 'teal',
  declined: 'red',
  in_progress: 'violet',
  completed: 'green',
  cancelled: 'gray',
};
