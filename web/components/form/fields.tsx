import type { ReactNode } from 'react';
import { type FieldError, get, useFormContext } from 'react-hook-form';
import { useT } from '../../i18n/index.js';
import { cx } from '../ui.js';
import { useFieldLabel } from './FormShell.js';

/** The id of a field's input; the error summary links to it. */
export function fieldId(name: string) {
  return `veld-${name.replace(/\./g, '-')}`;
}

interface FieldProps {
  name: string;
  label: string;
  description?: ReactNode;
  required?: boolean;
}

function useField(name: string, label: string) {
  useFieldLabel(name, label);
  const { register, formState } = useFormContext();
  const error = get(formState.errors, name) as FieldError | undefined;
  const id = fieldId(name);
  return { register, error, id, errorId: `${id}-fout`, descriptionId: `${id}-toelichting` };
}

/** Label, description and error around an input, wired with aria-describedby. */
function FieldFrame({ id, label, description, descriptionId, error, errorId, required, kind = 'text', children }: {
  id: string; label: string; description?: ReactNode; descriptionId: string; error?: FieldError; errorId: string;
  required?: boolean; kind?: 'text' | 'checkbox'; children: ReactNode;
}) {
  const t = useT();
  const labelEl = (
    <label className={cx('utrecht-form-label', kind === 'checkbox' && 'utrecht-form-label--checkbox')} htmlFor={id}>
      {label}
      {kind === 'text' ? <span className="dh-field-hint"> {required ? t('formulier.verplicht') : t('formulier.optioneel')}</span> : null}
    </label>
  );
  return (
    <div className={cx('utrecht-form-field', `utrecht-form-field--${kind}`, error && 'utrecht-form-field--invalid', 'dh-field')}>
      {kind === 'checkbox' ? (
        <>
          <div className="utrecht-form-field__input">{children}</div>
          <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">{labelEl}</div>
        </>
      ) : (
        <div className="utrecht-form-field__label">{labelEl}</div>
      )}
      {description ? <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>{description}</div> : null}
      {error?.message ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message dh-field-error" id={errorId}>
          <span className="dh-field-error__prefix">{t('app.fout')}: </span>{error.message}
        </div>
      ) : null}
      {kind === 'text' ? <div className="utrecht-form-field__input">{children}</div> : null}
    </div>
  );
}

function describedBy(description: unknown, error: FieldError | undefined, descriptionId: string, errorId: string) {
  return [description ? descriptionId : null, error?.message ? errorId : null].filter(Boolean).join(' ') || undefined;
}

export function TextField({ name, label, description, required, type = 'text', autoComplete, size }: FieldProps & {
  type?: 'text' | 'email' | 'password' | 'date' | 'search' | 'number'; autoComplete?: string; size?: 'small';
}) {
  const { register, error, id, errorId, descriptionId } = useField(name, label);
  return (
    <FieldFrame {...{ id, label, description, descriptionId, error, errorId, required }}>
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        className={cx('utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid', size === 'small' && 'dh-textbox--small')}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(description, error, descriptionId, errorId)}
        {...register(name)}
      />
    </FieldFrame>
  );
}

export function TextareaField({ name, label, description, required, rows = 4 }: FieldProps & { rows?: number }) {
  const { register, error, id, errorId, descriptionId } = useField(name, label);
  return (
    <FieldFrame {...{ id, label, description, descriptionId, error, errorId, required }}>
      <textarea
        id={id}
        rows={rows}
        className={cx('utrecht-textarea', 'utrecht-textarea--html-textarea', error && 'utrecht-textarea--invalid')}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(description, error, descriptionId, errorId)}
        {...register(name)}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({ name, label, description, required, options, placeholder }: FieldProps & {
  options: Option[]; placeholder?: string;
}) {
  const t = useT();
  const { register, error, id, errorId, descriptionId } = useField(name, label);
  return (
    <FieldFrame {...{ id, label, description, descriptionId, error, errorId, required }}>
      <select
        id={id}
        className={cx('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid')}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(description, error, descriptionId, errorId)}
        {...register(name)}
      >
        <option value="">{placeholder ?? (required ? t('formulier.kies') : t('formulier.geen'))}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({ name, label, description }: Omit<FieldProps, 'required'>) {
  const { register, error, id, errorId, descriptionId } = useField(name, label);
  return (
    <FieldFrame {...{ id, label, description, descriptionId, error, errorId }} kind="checkbox">
      <input
        id={id}
        type="checkbox"
        className={cx('utrecht-checkbox', 'utrecht-checkbox--html-input', error && 'utrecht-checkbox--invalid')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(description, error, descriptionId, errorId)}
        {...register(name)}
      />
    </FieldFrame>
  );
}

/** Several choices from a short list: a fieldset with a legend and one checkbox per option. */
export function CheckboxGroupField({ name, label, description, options }: Omit<FieldProps, 'required'> & { options: Option[] }) {
  const { register, error, id, errorId, descriptionId } = useField(name, label);
  return (
    <fieldset
      className={cx('utrecht-form-fieldset', 'dh-fieldset', error && 'utrecht-form-fieldset--invalid')}
      aria-describedby={describedBy(description, error, descriptionId, errorId)}
    >
      <legend className="utrecht-form-fieldset__legend">{label}</legend>
      {description ? <div className="utrecht-form-field-description" id={descriptionId}>{description}</div> : null}
      {error?.message ? <div className="utrecht-form-field-error-message dh-field-error" id={errorId}>{error.message}</div> : null}
      <div className="dh-checkbox-list">
        {options.map((o, index) => (
          <div className="utrecht-form-field utrecht-form-field--checkbox dh-inline-choice" key={o.value}>
            <input
              id={index === 0 ? id : `${id}-${o.value}`}
              type="checkbox"
              value={o.value}
              className="utrecht-checkbox utrecht-checkbox--html-input"
              {...register(name)}
            />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={index === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
