export { notificationsRoutes } from './notifications.routes.js';
export { notificationsPolicy } from './notifications.policy.js';
export {
  findAgencyStaff,
  findCoordinators,
  insertNotifications,
  type NewNotification,
} from './notifications.repo.js';
