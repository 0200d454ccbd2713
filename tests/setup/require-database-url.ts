if (!process.env.DATABASE_URL) {
  throw new Error('Deze suite heeft een PostgreSQL-server nodig: zet DATABASE_URL (zie .ci/run).');
}
