// POST /api/activity - record what a learner did in a lesson (a check question answered, a visualization used)
import type { NextRequest } from 'next/server';
import { activityEventSchema, ActivityWriteResultSchema } from '@/lib/schemas/progress';
import { recordActivity } from '@/lib/server/data/activity/record-activity';
import { handleJsonPost } from '../progress/_lib/json-route';

export function POST(request: NextRequest) {
  return handleJsonPost(request, activityEventSchema, ActivityWriteResultSchema, recordActivity);
}
