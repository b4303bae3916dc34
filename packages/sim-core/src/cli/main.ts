#!/usr/bin/env node
console.log('decroche');
