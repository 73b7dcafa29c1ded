// POST /api/quiz/start - a new attempt of a unit's quiz for the signed-in learner: its questions with personalised numbers, never the answers
import type { NextRequest } from 'next/server';
import { startAttemptSchema } from '@/lib/quiz/schemas';
import { startOwnAttempt } from '@/lib/server/data/quiz/own-quiz';
import { handleQuizPost } from '../_lib/quiz-route';

export function POST(request: NextRequest) {
  return handleQuizPost(request, startAttemptSchema, startOwnAttempt);
}
