import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

// react-hook-form fields on MUI with Dutch inline errors. Values stay plain strings/booleans;
// the zod schema of the contract turns them into domain values.

interface VeldProps<T extends FieldValues> {
  // The third parameter is what the zod resolver turns the values into (e.g. a text amount into cents); a
  // field only reads and writes the raw form values, so any transformed shape is fine here.
  control: Control<T, unknown, FieldValues>;
  name: FieldPath<T>;
  label: string;
}

export function TekstVeld<T extends FieldValues>({ control, name, label, ...rest }: VeldProps<T> & Omit<TextFieldProps, 'name' | 'label'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...rest}
          {...field}
          value={field.value ?? ''}
          label={label}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? rest.helperText}
        />
      )}
    />
  );
}

export function KeuzeVeld<T extends FieldValues>({
  control,
  name,
  label,
  opties,
  ...rest
}: VeldProps<T> & { opties: readonly { waarde: string; label: string }[] } & Omit<TextFieldProps, 'name' | 'label' | 'select'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...rest}
          {...field}
          select
          value={field.value ?? ''}
          label={label}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? rest.helperText}
        >
          {opties.map((optie) => (
            <MenuItem key={optie.waarde} value={optie.waarde}>
              {optie.label}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}

const ONGELDIG = 'ongeldig';

interface DatumInvoerProps {
  label: string;
  waarde: string | null | undefined;
  naam: string;
  wijzig: (waarde: string | null) => void;
  verlaat: () => void;
  fout?: string | undefined;
  verplicht?: boolean | undefined;
  hulptekst?: string | undefined;
}

/** Keeps the very Dayjs object the picker gave: a new (invalid) object on every render would reset what was typed. */
export function DatumInvoer({ label, waarde, naam, wijzig, verlaat, fout, verplicht, hulptekst }: DatumInvoerProps) {
  const laatste = useRef<Dayjs | null>(null);
  const l = laatste.current;
  const dezelfde = l && (l.isValid() ? l.format('YYYY-MM-DD') === waarde : waarde === ONGELDIG);
  const pickerWaarde = dezelfde ? l : waarde && waarde !== ONGELDIG ? dayjs(waarde) : null;
  return (
    <DatePicker
      label={label}
      format="DD-MM-YYYY"
      value={pickerWaarde}
      onChange={(nieuw) => {
        laatste.current = nieuw;
        wijzig(nieuw ? (nieuw.isValid() ? nieuw.format('YYYY-MM-DD') : ONGELDIG) : null);
      }}
      slotProps={{
        textField: { name: naam, required: !!verplicht, fullWidth: true, onBlur: verlaat, error: !!fout, helperText: fout ?? hulptekst },
      }}
    />
  );
}

/** A date as ISO "YYYY-MM-DD" (or null), typed as dd-mm-jjjj or picked from the calendar. */
export function DatumVeld<T extends FieldValues>({ control, name, label, verplicht, hulptekst }: VeldProps<T> & { verplicht?: boolean; hulptekst?: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DatumInvoer
          label={label}
          naam={field.name}
          waarde={field.value as string | null | undefined}
          wijzig={field.onChange}
          verlaat={field.onBlur}
          fout={fieldState.error?.message}
          verplicht={verplicht}
          hulptekst={hulptekst}
        />
      )}
    />
  );
}

/** A checkbox: true/false, or, with `vinkWaarde`, that value when ticked and null when not (an optional part of a form). */
export function VinkVeld<T extends FieldValues>({ control, name, label, vinkWaarde }: VeldProps<T> & { vinkWaarde?: unknown }) {
  const waardeVoor = (aan: boolean) => (vinkWaarde === undefined ? aan : aan ? vinkWaarde : null);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControlLabel
          control={<Checkbox checked={!!field.value} onChange={(e) => field.onChange(waardeVoor(e.target.checked))} onBlur={field.onBlur} name={field.name} />}
          label={label}
        />
      )}
    />
  );
}
