import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';
import './notifications.css';
import { Notifications } from '@mantine/notifications';

export function AppNotifications() {
  return <Notifications position="bottom-right" limit={4} />;
}
