/** Form controls with their label, hint and error wired together for screen readers. */
import type { ComponentChildren } from 'preact';

export interface FieldProps {
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

function describedBy(name: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldFrame({ name, label, error, hint, children }: FieldProps & { children: ComponentChildren }) {
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for={name}>{label}</label>
      {hint && (
        <p class="field__hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${name}-error`}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

export function TextField(
  props: FieldProps & {
    value?: string;
    type?: 'text' | 'email' | 'password' | 'datetime-local';
    autocomplete?: string;
    required?: boolean;
    maxLength?: number;
  },
) {
  const { name, error, hint, value, type = 'text', autocomplete, required, maxLength } = props;
  return (
    <FieldFrame {...props}>
      <input
        id={name}
        name={name}
        // Preact types each input type separately; these three share every attribute used here.
        type={type as 'text'}
        value={type === 'password' ? undefined : value}
        autocomplete={autocomplete}
        required={required}
        maxLength={maxLength}
        dir={type === 'email' ? 'ltr' : 'auto'}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, error, hint)}
      />
    </FieldFrame>
  );
}

export function SelectField(props: FieldProps & { value: string; options: { value: string; label: string }[] }) {
  const { name, error, hint, value, options } = props;
  return (
    <FieldFrame {...props}>
      <select id={name} name={name} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(name, error, hint)}>
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div class="field field--checkbox">
      <input id={name} name={name} type="checkbox" value="on" checked={checked} />
      <label for={name}>{label}</label>
    </div>
  );
}

/** Said first in a form that came back with errors; focusable so keyboard users land on it. */
export function ErrorSummary({ text }: { text: string | null }) {
  return text ? (
    <div class="notice notice--error" role="alert">
      {text}
    </div>
  ) : null;
}

export function Notice({ text }: { text: string | null }) {
  return text ? (
    <div class="notice" role="status">
      {text}
    </div>
  ) : null;
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A wide table that scrolls sideways on a phone; keyboard users can focus and scroll it too. */
export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <section class="table-scroll" tabindex={0} aria-label={label}>
      {children}
    </section>
  );
}

export function TextAreaField(
  props: FieldProps & { value: string; rows?: number; maxLength?: number; className?: string; required?: boolean; data?: Record<string, string> },
) {
  const { name, error, hint, value, rows = 4, maxLength, className, required, data = {} } = props;
  return (
    <FieldFrame {...props}>
      <textarea
        id={name}
        name={name}
        rows={rows}
        maxLength={maxLength}
        class={className}
        dir="auto"
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, error, hint)}
        {...Object.fromEntries(Object.entries(data).map(([key, v]) => [`data-${key}`, v]))}
      >
        {value}
      </textarea>
    </FieldFrame>
  );
}

/** A group of checkboxes sharing one name, posted as a list of values. */
export function CheckboxGroup({
  name,
  legend,
  options,
  checked,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
}) {
  return (
    <fieldset class="checkbox-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label>
          <input type="checkbox" name={name} value={option.value} checked={checked.includes(option.value)} /> {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A data table with column headings, scrolling sideways on narrow screens. */
export function DataTable({ label, columns, children }: { label: string; columns: string[]; children: ComponentChildren }) {
  return (
    <TableScroll label={label}>
      <table class="admin-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}
