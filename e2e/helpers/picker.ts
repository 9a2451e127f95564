/** Drives the real Mantine DateTimePicker of the stop dialog, as a user would. */
import { expect, type Locator, type Page } from '@playwright/test';
import { calendarDayName, calendarMonthLabel, type WallClock } from './time';

const pad = (n: number) => String(n).padStart(2, '0');

/** Opens the picker behind `trigger`; returns its dropdown and its time segments. */
export async function openPicker(page: Page, trigger: Locator) {
  await trigger.click();
  const confirm = page.getByRole('button', { name: 'Confirm end time' });
  const dropdown = page.getByRole('dialog').filter({ has: confirm });
  await expect(dropdown).toBeVisible();
  return {
    dropdown,
    confirm,
    hours: dropdown.getByRole('spinbutton', { name: 'Hours' }),
    minutes: dropdown.getByRole('spinbutton', { name: 'Minutes' }),
    seconds: dropdown.getByRole('spinbutton', { name: 'Seconds' }),
  };
}

/** Moves the open calendar to the day's month (day buttons carry the month in their name) and clicks the day. */
export async function pickDay(dropdown: Locator, at: Pick<WallClock, 'year' | 'month' | 'day'>) {
  const monthLevel = dropdown.getByRole('button', { name: 'Change month' });
  const target = calendarMonthLabel(at);
  for (let i = 0; i < 24; i++) {
    const shown = ((await monthLevel.textContent()) ?? '').trim();
    if (shown === target) break;
    const [name, year] = shown.split(' ');
    const shownIndex = Number(year) * 12 + new Date(`${name} 1, 2000`).getMonth();
    const targetIndex = at.year * 12 + at.month - 1;
    await dropdown.getByRole('button', { name: shownIndex > targetIndex ? 'Previous month' : 'Next month' }).click();
    await expect(monthLevel).not.toHaveText(shown);
  }
  await expect(monthLevel).toHaveText(target);
  await dropdown.getByRole('button', { name: calendarDayName(at), exact: true, disabled: false }).click();
}

/** Opens the picker behind `trigger`, picks the day and the time, and confirms. */
export async function pickDateTime(page: Page, trigger: Locator, at: WallClock) {
  const { dropdown, confirm, hours, minutes, seconds } = await openPicker(page, trigger);
  await pickDay(dropdown, at);
  await hours.fill(pad(at.hour));
  await minutes.fill(pad(at.minute));
  await seconds.fill(pad(at.second));
  await expect(hours).toHaveValue(pad(at.hour));
  await expect(minutes).toHaveValue(pad(at.minute));
  await expect(seconds).toHaveValue(pad(at.second));
  await confirm.click();
  await expect(dropdown).toBeHidden();
}
