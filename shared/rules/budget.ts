import type { Sectie } from '../domain/jaarverslag';

// Budget and SiSa (issue 13 items 3–4; DOMAIN.md §10, §11). Filled in by the budget work.

/** What db/budget.ts gathers for one year. */
export interface BudgetFeiten {
  jaar: number;
}

/** The budget section of the raadsrapportage (SPUK against besteding and reservering), or null without data. */
export function budgetSectie(_feiten: BudgetFeiten): Sectie | null {
  return null;
}
