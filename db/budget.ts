import type { BudgetFeiten } from '../shared/rules/budget';
import type { Verbinding } from './verbinding';

// Cost entries and SPUK per year (issue 13). Filled in by the budget work.

export async function budgetFeiten(_db: Verbinding, jaar: number): Promise<BudgetFeiten> {
  return { jaar };
}
