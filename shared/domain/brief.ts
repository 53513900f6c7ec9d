import { z } from 'zod';

// A letter as data: the PDF and the in-app preview are drawn from the same model, so what the
// regisseur reads before vaststellen is what will be printed.

export const briefSectie = z.object({
  kop: z.string().nullable(),
  alineas: z.array(z.string()),
  lijst: z.array(z.object({ label: z.string(), waarde: z.string() })),
});
export type BriefSectie = z.infer<typeof briefSectie>;

export const brief = z.object({
  titel: z.string(),
  geadresseerde: z.array(z.string()),
  referentie: z.array(z.object({ label: z.string(), waarde: z.string() })),
  onderwerp: z.string(),
  aanhef: z.string(),
  secties: z.array(briefSectie),
  slot: z.string(),
  ondertekening: z.object({
    namens: z.array(z.string()),
    naam: z.string(),
    functie: z.string(),
    mandaat: z.string().nullable(),
  }),
  bijlagen: z.array(z.object({ titel: z.string(), secties: z.array(briefSectie) })),
});
export type Brief = z.infer<typeof brief>;
