// POST /api/progress/merge - fold a visitor's progress from this browser into the signed-in account
import type { NextRequest } from 'next/server';
import { mergeProgressSchema, MergeResultSchema } from '@/lib/schemas/progress';
import { mergeProgress } from '@/lib/server/data/progress/record-progress';
import { handleJsonPost } from '../_lib/json-route';

export function POST(request: NextRequest) {
  return handleJsonPost(request, mergeProgressSchema, MergeResultSchema, mergeProgress);
}
