import 'reflect-metadata';
// The fast tier runs with isolate: false, so a worker loads each module once, for the first test file
// that needs it. TypeGraphQL records fields and arguments in the order their modules load, and the SDL
// lists arguments in that order: loading the schema's modules first, as schema.test.ts does, gives every
// worker the order of schema.graphql, whatever file it runs first.
import '../../src/federation/build-subgraph-schema.js';
