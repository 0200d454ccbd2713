export * from './organisaties.js';
export * from './personen.js';
export * from './driehoeken.js';
export * from './beleidsterreinen.js';
export * from './sessies.js';
export * from './audit.js';
export * from './instellingen.js';
export * from './opdrachten.js';
