import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { koers } from '../api/koers';
import { FoutMelding, Laden } from '../components/Laden';
import { HerstelcodeContext } from '../features/kluis/HerstelcodeContext';
import { HerstelcodeTonen } from '../features/kluis/HerstelcodeTonen';
import { HerstelcodeVernieuwen } from '../features/kluis/HerstelcodeVernieuwen';
import { NieuweKluis } from '../features/kluis/NieuweKluis';
import { Ontgrendelen } from '../features/kluis/Ontgrendelen';
import { SleutelOntbreekt } from '../features/kluis/SleutelOntbreekt';
import { useAutomatischVergrendelen, useVergrendelen } from './vergrendelen';

/**
 * Nothing of the app is shown until the vault exists, is unlocked, and its herstelcode is confirmed. A new
 * herstelcode (at creation, or after the data key was replaced) takes the whole screen until it is retyped.
 */
export function KluisPoort({ children }: { children: ReactNode }) {
  const status = useQuery({ queryKey: ['kluisStatus'], queryFn: () => koers('kluisStatus', {}), staleTime: 0 });
  const [herstelcode, setHerstelcode] = useState<string | null>(null);

  if (herstelcode) return <HerstelcodeTonen herstelcode={herstelcode} klaar={() => setHerstelcode(null)} />;
  if (status.isPending) return <Laden tekst="Koers start…" />;
  if (status.isError) return <FoutMelding fout={status.error} />;
  const { toestand, melding, ontgrendeld, herstelcodeBevestigd, gebruikers } = status.data;
  if (toestand === 'geen' || toestand === 'onvolledig') return <NieuweKluis aangemaakt={setHerstelcode} melding={melding} />;
  if (toestand === 'sleutel_ontbreekt') return <SleutelOntbreekt melding={melding} aangemaakt={setHerstelcode} />;
  if (!ontgrendeld) return <Ontgrendelen gebruikers={gebruikers} melding={melding} />;
  if (!herstelcodeBevestigd) return <HerstelcodeVernieuwen nieuw={setHerstelcode} anderen={gebruikers.length - 1} />;
  return (
    <HerstelcodeContext.Provider value={setHerstelcode}>
      <Ontgrendeld>{children}</Ontgrendeld>
    </HerstelcodeContext.Provider>
  );
}

function Ontgrendeld({ children }: { children: ReactNode }) {
  const instellingen = useQuery({ queryKey: ['instellingen'], queryFn: () => koers('instellingenOphalen', {}) });
  const vergrendel = useVergrendelen();
  useAutomatischVergrendelen(instellingen.data?.vergrendelenNaMinuten, vergrendel);
  return children;
}
