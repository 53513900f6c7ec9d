// Documents kept in the vault: printed letters and beschikkingen, and uploaded scans.

export const DOCUMENT_SOORTEN = [
  'beschikking_pip',
  'beschikking_wijziging',
  'oproep',
  'waarschuwing',
  'scan_participatieverklaring',
  'zienswijze',
  'beschikking_boete_wi22',
  'beschikking_boete_wi23',
  'beschikking_ontheffing',
  'verdaging',
  'beslissing_op_bezwaar',
] as const;
export type DocumentSoort = (typeof DOCUMENT_SOORTEN)[number];

export const DOCUMENT_MIMES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentMime = (typeof DOCUMENT_MIMES)[number];
