// Only the Mantine CSS the first screen uses ships in the initial bundle; lazily loaded
// features import their own component CSS (see features/*/styles.ts).
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
