import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState } from 'react';
import { type DefaultValues, type FieldValues, type Path, type Resolver, useForm, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../../lib/api.js';

/** What a form's inputs hold: strings from text inputs and selects, booleans from checkboxes, lists. */
export type FormValues = FieldValues;

/**
 * react-hook-form validated by the API's own Zod schema (common/api), so the browser rejects
 * exactly what the server would, with the same Dutch messages. `prepare` turns input values into
 * the request body (empty text → null) before the schema sees them.
 */
export function useZodForm<V extends FormValues, S extends z.ZodType>(
  schema: S,
  { defaultValues, prepare, emptyMessages = {} }: {
    defaultValues: DefaultValues<V>;
    prepare: (values: V) => unknown;
    /**
     * What to say when a required choice was left empty, by field path ("a.*.b" for lists):
     * "kies een uitvoeringsorganisatie" says more than the schema's "moet een geldige UUID zijn".
     */
    emptyMessages?: Record<string, string>;
  },
): UseFormReturn<V, unknown, z.output<S>> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the resolver's input type is the prepared body, not V
  const inner = zodResolver(schema as any) as unknown as Resolver<V, unknown, z.output<S>>;
  const resolver: Resolver<V, unknown, z.output<S>> = async (values, context, options) => {
    const result = await inner(prepare(values) as V, context, options);
    for (const [pattern, message] of Object.entries(emptyMessages)) {
      replaceEmptyMessages(result.errors as Record<string, unknown>, values, pattern.split('.'), message);
    }
    return result;
  };
  // The error summary takes the focus after a failed submit, not the first field (NL Design System pattern).
  return useForm<V, unknown, z.output<S>>({ resolver, defaultValues, mode: 'onSubmit', reValidateMode: 'onChange', shouldFocusError: false });
}

function replaceEmptyMessages(errors: Record<string, unknown> | undefined, values: unknown, path: string[], message: string) {
  if (!errors || values === null || typeof values !== 'object') return;
  const [head, ...rest] = path;
  if (head === undefined) return;
  const keys = head === '*' ? Object.keys(errors) : [head];
  for (const key of keys) {
    const error = errors[key] as Record<string, unknown> | undefined;
    const value = (values as Record<string, unknown>)[key];
    if (!error) continue;
    if (rest.length > 0) replaceEmptyMessages(error, value, rest, message);
    else if ((value === '' || value === undefined || value === null) && 'message' in error) error.message = message;
  }
}

/** Empty text means "no value": null for the API. */
export function emptyToNull<T>(value: T): T | null {
  return typeof value === 'string' && value.trim() === '' ? null : value;
}

/**
 * Turns a failed save into what the user sees: invalidParams next to their fields, a 412 into
 * the conflict dialog, anything else into a message at the top of the form.
 */
export function useSaveErrors<V extends FormValues>(form: UseFormReturn<V, unknown, unknown>) {
  const [formError, setFormError] = useState<unknown>(null);
  const [isConflict, setConflict] = useState(false);

  const handle = useCallback((error: unknown) => {
    setFormError(null);
    if (error instanceof ApiError && error.status === 412) {
      setConflict(true);
      return;
    }
    if (error instanceof ApiError && error.status === 400) {
      const fields = error.fieldErrors();
      const known = Object.entries(fields).filter(([name]) => name in form.getValues() || name.includes('.'));
      for (const [name, message] of known) form.setError(name as Path<V>, { type: 'server', message });
      if (known.length > 0) return;
    }
    setFormError(error);
  }, [form]);

  return { formError, setFormError, isConflict, setConflict, handle };
}
