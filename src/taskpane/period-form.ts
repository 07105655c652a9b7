/** The period fields: presets (15th → 14th) filling the label and dates, and validation with Vietnamese messages. */
import { byId } from './dom';
import {
  MAX_YEAR,
  MIN_YEAR,
  PRESETS,
  badYearMessage,
  isPresetId,
  presetPeriod,
  quarterOf,
  readDateField,
  readPeriod,
  type PeriodChoice,
} from '../core/consolidate/period-presets';
import { serialFromYmd } from '../core/calendar/serial';

export class PeriodForm {
  private readonly preset = byId('period-preset', HTMLSelectElement);
  private readonly year = byId('period-year', HTMLInputElement);
  private readonly label = byId('period-label', HTMLInputElement);
  private readonly from = byId('period-from', HTMLInputElement);
  private readonly to = byId('period-to', HTMLInputElement);
  private readonly fromError = byId('period-from-error');
  private readonly toError = byId('period-to-error');

  constructor(today: Date = new Date()) {
    // The presets and the years offered come from the core's one list (data/period-presets.json).
    for (const p of PRESETS) this.preset.append(new Option(p.name, p.id));
    this.year.min = String(MIN_YEAR);
    this.year.max = String(MAX_YEAR);
    const suggested = quarterOf(serialFromYmd(today.getFullYear(), today.getMonth() + 1, today.getDate()));
    this.year.value = String(suggested.year);
    this.preset.addEventListener('change', () => this.applyPreset());
    this.year.addEventListener('change', () => this.applyPreset());
    for (const [input, name, error] of [
      [this.from, 'Từ ngày', this.fromError],
      [this.to, 'Đến ngày', this.toError],
    ] as const) {
      // Leaving a field tidies a good date (1/2/2025 → 01/02/2025). A bad one is reported when the user asks
      // for the consolidation, not here: a message appearing on blur would move the Tổng hợp button away
      // from under the mouse between the press and the release, and the click would be lost.
      input.addEventListener('blur', () => {
        const r = readDateField(name, input.value);
        if (r.ok) {
          input.value = r.text;
          this.showError(input, error, undefined);
        }
      });
      // Typing a date of one's own leaves the preset; an old message goes once the user corrects.
      input.addEventListener('input', () => {
        this.preset.value = '';
        if (!error.hidden) this.showError(input, error, undefined);
      });
    }
  }

  /** Reads and validates the fields; shows the messages beside them. */
  read(): PeriodChoice {
    const choice = readPeriod({ label: this.label.value, from: this.from.value, to: this.to.value });
    this.showError(this.from, this.fromError, choice.ok ? undefined : choice.errors.from);
    this.showError(this.to, this.toError, choice.ok ? undefined : choice.errors.to);
    if (choice.ok) {
      this.from.value = choice.fromText;
      this.to.value = choice.toText;
    } else (choice.errors.from ? this.from : this.to).focus();
    return choice;
  }

  setEnabled(on: boolean): void {
    for (const e of [this.preset, this.year, this.label, this.from, this.to]) e.disabled = !on;
  }

  private applyPreset(): void {
    const id = this.preset.value;
    if (!isPresetId(id)) return;
    const p = presetPeriod(id, Number(this.year.value));
    if (!p) {
      this.showError(this.from, this.fromError, badYearMessage(this.year.value));
      return;
    }
    this.label.value = p.label;
    this.from.value = p.fromText;
    this.to.value = p.toText;
    this.showError(this.from, this.fromError, undefined);
    this.showError(this.to, this.toError, undefined);
  }

  private showError(input: HTMLInputElement, box: HTMLElement, message: string | undefined): void {
    box.hidden = message === undefined;
    box.textContent = message ?? '';
    if (message === undefined) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
  }
}
