// @peculiar/x509 v2 reads decorator metadata through the Reflect API.
import 'reflect-metadata';
