import { type FieldError, get, useFieldArray, useFormContext } from 'react-hook-form';
import { fieldId, type Option } from '../../components/form/fields.js';
import { useFieldLabel } from '../../components/form/FormShell.js';
import { Button, cx } from '../../components/ui.js';
import { useT } from '../../i18n/index.js';

/**
 * The opdrachtgever corner: one or more organisations, exactly one of them coördinerend.
 * A fieldset per organisation with its select, a radio for "coördinerend" and a remove button.
 */
export function OpdrachtgeversField({ options }: { options: Option[] }) {
  const t = useT();
  const { control, register, formState, getValues, setValue } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'opdrachtgevers' });
  useFieldLabel('opdrachtgevers', t('driehoeken.opdrachtgevers'));
  const listError = get(formState.errors, 'opdrachtgevers') as FieldError | undefined;
  const listMessage = listError?.message ?? (get(formState.errors, 'opdrachtgevers.root') as FieldError | undefined)?.message;
  return (
    <fieldset className={cx('utrecht-form-fieldset', 'dh-fieldset', listMessage && 'utrecht-form-fieldset--invalid')} aria-describedby={listMessage ? 'opdrachtgevers-fout' : 'opdrachtgevers-uitleg'}>
      <legend className="utrecht-form-fieldset__legend">{t('driehoeken.opdrachtgevers')}</legend>
      {/* The summary links here when the list as a whole is wrong. */}
      <span id={fieldId('opdrachtgevers')} tabIndex={-1} />
      <p className="utrecht-form-field-description" id="opdrachtgevers-uitleg">{t('driehoeken.opdrachtgeversUitleg')}</p>
      {listMessage ? <p className="utrecht-form-field-error-message dh-field-error" id="opdrachtgevers-fout">{listMessage}</p> : null}
      {fields.map((field, index) => {
        const name = `opdrachtgevers.${index}.organisatieId`;
        const label = t('driehoeken.opdrachtgeverN', { n: index + 1 });
        return <OpdrachtgeverRij key={field.id} index={index} name={name} label={label} options={options} canRemove={fields.length > 1} onRemove={() => {
          // Keep the coördinerend choice on the same organisation when a row above it goes.
          const chosen = Number(getValues('coordinerend'));
          remove(index);
          if (chosen === index) setValue('coordinerend', '');
          else if (chosen > index) setValue('coordinerend', String(chosen - 1));
        }} register={register} />;
      })}
      <Button onClick={() => append({ organisatieId: '' })}>{t('driehoeken.opdrachtgeverToevoegen')}</Button>
    </fieldset>
  );
}

function OpdrachtgeverRij({ index, name, label, options, canRemove, onRemove, register }: {
  index: number; name: string; label: string; options: Option[]; canRemove: boolean; onRemove: () => void;
  register: ReturnType<typeof useFormContext>['register'];
}) {
  const t = useT();
  useFieldLabel(name, label);
  const { formState } = useFormContext();
  const error = get(formState.errors, name) as FieldError | undefined;
  const id = fieldId(name);
  return (
    <div className="dh-opdrachtgever">
      <div className={cx('utrecht-form-field', 'utrecht-form-field--text', error && 'utrecht-form-field--invalid')}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={id} id={`${id}-label`}>{label}</label>
        </div>
        {error?.message ? <div className="utrecht-form-field-error-message dh-field-error" id={`${id}-fout`}>{error.message}</div> : null}
        <div className="utrecht-form-field__input">
          <select
            id={id}
            className={cx('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid')}
            aria-invalid={error ? true : undefined}
            aria-describedby={error?.message ? `${id}-fout` : undefined}
            {...register(name)}
          >
            <option value="">{t('formulier.kies')}</option>
            {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
      </div>
      <div className="utrecht-form-field utrecht-form-field--radio dh-inline-choice">
        <input id={`${id}-coordinerend`} type="radio" value={String(index)} className="utrecht-radio-button utrecht-radio-button--html-input" {...register('coordinerend')} />
        <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-coordinerend`}>
          {t('driehoeken.isCoordinerend')}<span className="rhc-visually-hidden"> ({label})</span>
        </label>
      </div>
      {canRemove ? (
        <Button appearance="subtle" onClick={onRemove}>
          {t('driehoeken.opdrachtgeverVerwijderen')}<span className="rhc-visually-hidden"> ({label})</span>
        </Button>
      ) : null}
    </div>
  );
}
