import { byId } from './dom';

// The as-of slider: one step per month from the earliest claim to today. Its value is a month
// index (year × 12 + month − 1); a month stands for its last day, and the last step for today.

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthIndex(isoDate: string): number {
  const [year, month] = isoDate.split('-').map(Number);
  return year * 12 + (month - 1);
}

export function lastDayOf(index: number): string {
  const year = Math.floor(index / 12);
  const month = index % 12;
  const day = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function describe(index: number): string {
  return `${monthNames[index % 12]} ${Math.floor(index / 12)}`;
}

export class AsOfSlider {
  private readonly input = byId<HTMLInputElement>('as-of');
  private readonly label = byId<HTMLOutputElement>('as-of-label');
  private today: string;
  private timer: number | undefined;

  constructor(today: string, private readonly onChange: (asOf: string | null) => void) {
    this.today = today;
    this.input.addEventListener('input', () => {
      this.showLabel();
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.commit(), 250);
    });
    this.input.addEventListener('change', () => this.commit());
    byId('as-of-today').addEventListener('click', () => {
      this.input.value = this.input.max;
      this.commit();
    });
    this.setRange(1979, today);
  }

  private commit(): void {
    window.clearTimeout(this.timer);
    this.showLabel();
    this.onChange(this.asOf());
  }

  /** The date the slider stands for, or null for today. */
  asOf(): string | null {
    const index = Number(this.input.value);
    return index >= Number(this.input.max) ? null : lastDayOf(index);
  }

  setRange(firstYear: number, today: string): void {
    const current = this.asOf();
    this.today = today;
    this.input.min = String(firstYear * 12);
    this.input.max = String(monthIndex(today));
    this.show(current);
  }

  /** Moves the thumb without firing a change (used when the URL sets the date). */
  show(asOf: string | null): void {
    this.input.value = String(asOf ? monthIndex(asOf) : Number(this.input.max));
    this.showLabel();
  }

  private showLabel(): void {
    const index = Number(this.input.value);
    const text = index >= Number(this.input.max) ? `Today (${this.today})` : describe(index);
    this.label.textContent = text;
    this.input.setAttribute('aria-valuetext', text);
  }
}
