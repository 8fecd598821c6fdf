import type { ApiKey, ApiKeyRole, PrismaClient } from '@prisma/client';

export type ApiKeyRow = ApiKey;

export function insertApiKey(
  prisma: PrismaClient,
  data: { name: string; role: ApiKeyRole; hash: string; prefix: string },
): Promise<ApiKeyRow> {
  return prisma.apiKey.create({ data });
}

export function findApiKeyByHash(prisma: PrismaClient, hash: string): Promise<ApiKeyRow | null> {
  return prisma.apiKey.findUnique({ where: { hash } });
}

export function findApiKeyById(prisma: PrismaClient, id: number): Promise<ApiKeyRow | null> {
  return prisma.apiKey.findUnique({ where: { id } });
}

/** Every key, revoked ones included, oldest first. */
export function findApiKeys(prisma: PrismaClient): Promise<ApiKeyRow[]> {
  return prisma.apiKey.findMany({ orderBy: { id: 'asc' } });
}

/** Revokes a key that is not revoked yet; returns whether it did. */
export async function revokeApiKeyById(prisma: PrismaClient, id: number, at: Date): Promise<boolean> {
  const { count } = await prisma.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: at } });
  return count > 0;
}

export async function touchApiKey(prisma: PrismaClient, id: number, at: Date): Promise<void> {
  await prisma.apiKey.update({ where: { id }, data: { lastUsedAt: at } });
}
