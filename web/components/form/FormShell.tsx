import { createContext, type FormEventHandler, type ReactNode, useContext, useRef } from 'react';
import { type FieldValues, FormProvider, type UseFormReturn } from 'react-hook-form';
import { ErrorSummary } from './ErrorSummary.js';

/** Labels of the form's fields by name, so the error summary can name them. */
const LabelsContext = createContext<Map<string, string>>(new Map());

export function useFieldLabel(name: string, label: string) {
  useContext(LabelsContext).set(name, label);
}

/**
 * A form with the NL Design System error pattern: on a failed submit, a summary at the top
 * lists every error as a link to its field and takes the focus; each field shows its own
 * error next to it (aria-describedby). Browser validation is off so both speak the same words.
 */
export function FormShell<T extends FieldValues>({ form, onSubmit, formError, children, id, labelledBy }: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: UseFormReturn<T, any, any>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** A problem that is not about one field (network, 403, 409). */
  formError?: ReactNode;
  children: ReactNode;
  id?: string;
  labelledBy?: string;
}) {
  const labels = useRef(new Map<string, string>());
  return (
    <FormProvider {...form}>
      <LabelsContext.Provider value={labels.current}>
        <form noValidate onSubmit={onSubmit} className="dh-form" id={id} aria-labelledby={labelledBy}>
          {formError}
          <ErrorSummary errors={form.formState.errors} labels={labels.current} submitCount={form.formState.submitCount} />
          {children}
        </form>
      </LabelsContext.Provider>
    </FormProvider>
  );
}
