// POST /api/quiz/submit - grade and store an attempt once; answers with the score, the right answers and the explanations
import type { NextRequest } from 'next/server';
import { submitAttemptSchema } from '@/lib/quiz/schemas';
import { submitOwnAttempt } from '@/lib/server/data/quiz/own-quiz';
import { handleQuizPost } from '../_lib/quiz-route';

export function POST(request: NextRequest) {
  return handleQuizPost(request, submitAttemptSchema, submitOwnAttempt);
}
