package fr.chulille.passerelle.recruitment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface RecruitmentUpdateRepository extends JpaRepository<RecruitmentUpdate, Long> {

    /** The current state: the newest setting (ids grow with every insert). */
    Optional<RecruitmentUpdate> findFirstByOrderByIdDesc();

    List<RecruitmentUpdate> findTop10ByOrderByIdDesc();
}
