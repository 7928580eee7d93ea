/** Scheduled jobs and the database lock that lets one instance at a time run each of them (ShedLock). */
package fr.chulille.passerelle.scheduling;
