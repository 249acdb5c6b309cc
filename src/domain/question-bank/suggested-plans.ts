/** The three goals a suggested plan is built for (product.md, "Plan"). */
export const planGoals = ['explore_field', 'evaluate_organisation', 'search_advice'] as const;
export type PlanGoal = (typeof planGoals)[number];

/**
 * What a suggested plan is sized for: the default 20-minute meeting, less a few minutes of small
 * talk at the start and of next steps (referrals, name use, keeping in touch) at the end.
 */
export const suggestedPlanTiming = { meetingMinutes: 20, smallTalkMinutes: 3, nextStepsMinutes: 3 } as const;

/**
 * Ordered question keys per goal. Each opens with something easy to answer, puts the questions
 * that matter most for the goal in the middle, and ends by asking what the user missed, so the
 * wrap-up cue rarely cuts off an important question.
 */
export const suggestedPlans: Record<PlanGoal, readonly string[]> = {
  explore_field: [
    'role_and_titles.other_titles',
    'typical_day.yesterday',
    'skills_and_qualities.personal_qualities',
    'outlook.changing',
    'pay.ranges_by_level',
    'advisor_path.wish_known',
    'what_i_missed.should_have_asked',
  ],
  evaluate_organisation: [
    'culture.describe',
    'typical_day.week_shape',
    'culture.who_thrives',
    'hours_and_flexibility.fixed_or_flexible',
    'advancement.next_steps',
    'outlook.your_organisation',
    'what_i_missed.should_have_asked',
  ],
  search_advice: [
    'breaking_in.first_move',
    'experience.my_background',
    'cv_keywords.words_to_use',
    'job_postings.where_posted',
    'job_postings.unadvertised',
    'advisor_path.wish_known',
    'what_i_missed.should_have_asked',
  ],
};
