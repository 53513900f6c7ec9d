import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as gewoneWoorden } from '@zxcvbn-ts/language-common';
import { dictionary as nederlandseWoorden, translations } from '@zxcvbn-ts/language-nl-be';

// Passphrase strength (issue 11 item 8; BIO 9.4.3: "kwaliteit van wachtwoorden"): zxcvbn estimates how many
// guesses an attacker needs, with the common password lists and Dutch (nl-BE) words, names and keyboard walks.
// Koers asks at least 12 characters AND score 3 ("safely unguessable": ≥ 10^8 guesses), because the key file
// can be attacked offline; scrypt slows each guess, the score keeps the number of guesses high.

export const MIN_WACHTWOORD_LENGTE = 12;
export const MAX_WACHTWOORD_LENGTE = 256;
export const MIN_WACHTWOORD_SCORE = 3;

// Words anyone would try first against this app.
const VOOR_DE_HAND = ['koers', 'inburgering', 'inburgeraar', 'regisseur', 'gemeente', 'wachtwoord', 'welkom'];

let meter: ZxcvbnFactory | null = null;
function zxcvbn(): ZxcvbnFactory {
  meter ??= new ZxcvbnFactory({
    dictionary: { ...gewoneWoorden, ...nederlandseWoorden, voorDeHand: VOOR_DE_HAND },
    graphs: adjacencyGraphs,
    translations,
  });
  return meter;
}

export type WachtwoordScore = 0 | 1 | 2 | 3 | 4;

export interface WachtwoordOordeel {
  score: WachtwoordScore;
  /** Short label for the meter. */
  label: string;
  /** True when Koers accepts it as a new passphrase. */
  voldoet: boolean;
  /** Why it is refused, as a Dutch sentence; null when it is accepted. */
  reden: string | null;
  /** zxcvbn's own hints, in Dutch. */
  tips: string[];
}

const LABELS: Record<WachtwoordScore, string> = { 0: 'Zeer zwak', 1: 'Zwak', 2: 'Matig', 3: 'Sterk', 4: 'Sterk, zeer moeilijk te raden' };

/** Scores a passphrase; `eigen` are words of this user (their name) that should not make it stronger. */
export function beoordeelWachtwoord(waarde: string, eigen: string[] = []): WachtwoordOordeel {
  if (waarde.length === 0) return { score: 0, label: 'Nog niets ingevuld', voldoet: false, reden: 'Vul een wachtwoord in.', tips: [] };
  if (waarde.length > MAX_WACHTWOORD_LENGTE) {
    return { score: 0, label: 'Te lang', voldoet: false, reden: `Kies een wachtwoord van hoogstens ${MAX_WACHTWOORD_LENGTE} tekens.`, tips: [] };
  }
  const uitkomst = zxcvbn().check(waarde, eigen.filter((woord) => woord.trim() !== ''));
  const score = uitkomst.score as WachtwoordScore;
  const tips = [uitkomst.feedback.warning, ...uitkomst.feedback.suggestions].filter((tip): tip is string => Boolean(tip));
  let reden: string | null = null;
  if (waarde.length < MIN_WACHTWOORD_LENGTE) {
    reden = `Kies een wachtwoord van minstens ${MIN_WACHTWOORD_LENGTE} tekens.`;
  } else if (score < MIN_WACHTWOORD_SCORE) {
    const waarom = uitkomst.feedback.warning ? ` ${uitkomst.feedback.warning}` : '';
    reden = `Dit wachtwoord is te makkelijk te raden.${waarom} Kies bijvoorbeeld een zin van vier woorden die niet bij elkaar horen.`;
  }
  return { score, label: waarde.length < MIN_WACHTWOORD_LENGTE ? 'Te kort' : LABELS[score], voldoet: reden === null, reden, tips };
}
