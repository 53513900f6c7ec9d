import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { koers } from '../api/koers';
import { FoutMelding, Laden } from '../components/Laden';
import { HerstelcodeTonen } from '../features/kluis/HerstelcodeTonen';
import { HerstelcodeVernieuwen } from '../features/kluis/HerstelcodeVernieuwen';
import { NieuweKluis } from '../features/kluis/NieuweKluis';
import { Ontgrendelen } from '../features/kluis/Ontgrendelen';
import { useAutomatischVergrendelen, useVergrendelen } from './vergrendelen';

/** Nothing of the app is shown until the vault exists, is unlocked, and its herstelcode is confirmed. */
export function KluisPoort({ children }: { children: ReactNode }) {
  const status = useQuery({ queryKey: ['kluisStatus'], queryFn: () => koers('kluisStatus', {}), staleTime: 0 });
  const [herstelcode, setHerstelcode] = useState<string | null>(null);

  if (herstelcode) return <HerstelcodeTonen herstelcode={herstelcode} klaar={() => setHerstelcode(null)} />;
  if (status.isPending) return <Laden tekst="Koers start…" />;
  if (status.isError) return <FoutMelding fout={status.error} />;
  if (!status.data.bestaat) return <NieuweKluis aangemaakt={setHerstelcode} />;
  if (!status.data.ontgrendeld) return <Ontgrendelen />;
  if (!status.data.herstelcodeBevestigd) return <HerstelcodeVernieuwen nieuw={setHerstelcode} />;
  return <Ontgrendeld>{children}</Ontgrendeld>;
}

function Ontgrendeld({ children }: { children: ReactNode }) {
  const instellingen = useQuery({ queryKey: ['instellingen'], queryFn: () => koers('instellingenOphalen', {}) });
  const vergrendel = useVergrendelen();
  useAutomatischVergrendelen(instellingen.data?.vergrendelenNaMinuten, vergrendel);
  return children;
}
