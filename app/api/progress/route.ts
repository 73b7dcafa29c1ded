// POST /api/progress - record that a lesson was seen, completed or read for a while; GET - the learner's lesson statuses
import type { NextRequest } from 'next/server';
import { progressEventSchema, ProgressSnapshotSchema, ProgressWriteResultSchema } from '@/lib/schemas/progress';
import { slideSession } from '@/lib/server/auth/slide-session';
import { getOwnProgress } from '@/lib/server/data/progress/get-progress-for-user';
import { recordProgress } from '@/lib/server/data/progress/record-progress';
import { errorResponse, handleJsonPost, jsonOk } from './_lib/json-route';

export function POST(request: NextRequest) {
  return handleJsonPost(request, progressEventSchema, ProgressWriteResultSchema, recordProgress);
}

export async function GET() {
  try {
    const lessons = await getOwnProgress();
    await slideSession();
    return jsonOk(ProgressSnapshotSchema, { lessons });
  } catch (error) {
    return errorResponse(error);
  }
}
