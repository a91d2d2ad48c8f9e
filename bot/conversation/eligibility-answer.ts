/** The eligibility checklist as an answer: five items, each pass / fail / unknown with its remedy and who fixes it. */
import { eligibilityChecklist } from '../billing';
import type { EligibilityAnswer } from './answer-model';
import type { OrganizerContext } from './organizer-context';

export function eligibilityAnswer(context: OrganizerContext): EligibilityAnswer {
  return {
    kind: 'eligibility',
    organizer: context.organizer,
    checklist: eligibilityChecklist({
      subscribedSkus: context.subscribedSkus,
      assignedPlans: context.user.assignedPlans,
      usageLocation: context.organizer.usageLocation,
      tenantCountry: context.settings.tenantCountry,
      policy: context.policy,
      billingModel: context.settings.billingModel,
      balance: context.balance,
    }),
    policy: context.policyFacts,
  };
}
