import { lazy } from 'react';

export const StopTimerDialog = lazy(() => import('./stop-timer-dialog').then((m) => ({ default: m.StopTimerDialog })));
